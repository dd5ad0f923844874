package com.followupbot.capture.internal;

import com.followupbot.capture.Contact;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The contact table; every query is scoped by the owner. */
@RegisterConstructorMapper(Contact.class)
public interface ContactDao {

    String COLUMNS = "user_id, id, full_name, company, role, email, phone, linkedin, notes, created_at";

    @GetGeneratedKeys("id")
    @SqlUpdate("""
            insert into contact (user_id, full_name, match_key, company, role, email, phone, linkedin, notes, created_at)
            values (:userId, :name, :matchKey, :company, :role, :email, :phone, :linkedin, :notes, :now)
            """)
    long insert(@Bind("userId") long userId, @Bind("name") String name, @Bind("matchKey") String matchKey,
                @Bind("company") String company, @Bind("role") String role, @Bind("email") String email,
                @Bind("phone") String phone, @Bind("linkedin") String linkedin, @Bind("notes") String notes,
                @Bind("now") Instant now);

    /** Contacts by (user, id) pairs, in one query. */
    @SqlQuery("select " + COLUMNS + " from contact where (user_id, id) in (select * from unnest(:userIds, :ids))")
    List<Contact> findAll(@Bind("userIds") Long[] userIds, @Bind("ids") Long[] ids);

    @SqlQuery("select " + COLUMNS + " from contact where user_id = :userId and id = :id")
    Optional<Contact> find(@Bind("userId") long userId, @Bind("id") long id);

    /** Contacts whose key is the name, or starts with it as a first name ("anna" finds "anna rossi"). */
    @SqlQuery("""
            select\s""" + COLUMNS + """
             from contact
            where user_id = :userId and (match_key = :key or match_key like :key || ' %' or :key like match_key || ' %')
            order by created_at desc
            """)
    List<Contact> matching(@Bind("userId") long userId, @Bind("key") String key);

    @SqlQuery("select " + COLUMNS + " from contact where user_id = :userId order by lower(full_name) limit :limit")
    List<Contact> all(@Bind("userId") long userId, @Bind("limit") int limit);

    @SqlQuery("select " + COLUMNS + " from contact where user_id = :userId order by created_at desc, id desc limit :limit")
    List<Contact> recent(@Bind("userId") long userId, @Bind("limit") int limit);

    @SqlQuery("select count(*) from contact where user_id = :userId")
    int count(@Bind("userId") long userId);

    @SqlUpdate("""
            update contact set full_name = :name, match_key = :matchKey, company = :company, role = :role,
                   email = :email, phone = :phone, linkedin = :linkedin, notes = :notes
            where user_id = :userId and id = :id
            """)
    void update(@Bind("userId") long userId, @Bind("id") long id, @Bind("name") String name,
                @Bind("matchKey") String matchKey, @Bind("company") String company, @Bind("role") String role,
                @Bind("email") String email, @Bind("phone") String phone, @Bind("linkedin") String linkedin,
                @Bind("notes") String notes);

    /** Puts a forgotten contact back with its own id (undo of forget). */
    @SqlUpdate("""
            insert into contact (user_id, id, full_name, match_key, company, role, email, phone, linkedin, notes, created_at)
            overriding system value
            values (:userId, :id, :fullName, :matchKey, :company, :role, :email, :phone, :linkedin, :notes, :createdAt)
            """)
    void reinsert(@org.jdbi.v3.sqlobject.customizer.BindMethods Contact contact, @Bind("matchKey") String matchKey);

    /** Contacts by id, within one user's own: an id of someone else's contact deletes nothing. */
    @SqlUpdate("delete from contact where user_id = :userId and id = any(:ids)")
    int deleteAll(@Bind("userId") long userId, @Bind("ids") Long[] ids);

    @SqlUpdate("delete from contact where user_id = :userId and id = :id")
    int delete(@Bind("userId") long userId, @Bind("id") long id);
}
